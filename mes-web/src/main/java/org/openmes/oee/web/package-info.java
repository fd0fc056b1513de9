/** Faces adapter of OEE: the OEE page of a line ({@code /oee.xhtml}). */
package org.openmes.oee.web;
