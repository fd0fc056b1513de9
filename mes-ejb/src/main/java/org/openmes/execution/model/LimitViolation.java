package org.openmes.execution.model;

/** What an answer outside its item's limits (a number out of range, a box left unticked) does to the job's start. */
public enum LimitViolation {
    /** The job cannot start while the answer stands. */
    BLOCK,
    /** The job may start; a QUALITY andon is raised on the job's line. */
    ANDON
}
