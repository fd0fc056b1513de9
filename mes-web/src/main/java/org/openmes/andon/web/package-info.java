/** Faces pages of andon: the board for a TV on the shop floor ({@code /andon-board.xhtml}). */
package org.openmes.andon.web;
