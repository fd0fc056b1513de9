/** REST adapter of OEE: figures of a piece of equipment or a line for a window, ideal cycle times. */
package org.openmes.oee.rest;
