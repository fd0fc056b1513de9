package org.openmes.floor.service;

import java.io.Serializable;

/**
 * What the kiosk shows of its line: the line board, and the stop an operator's reason goes to (the open stop without a
 * reason, else the most recent one without a reason; null when every recent stop is explained).
 */
public record KioskBoardDto(LineBoardDto line, LiveStop unexplained) implements Serializable {
}
