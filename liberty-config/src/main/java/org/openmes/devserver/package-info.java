/**
 * Runs OpenMES on a developer's or evaluator's machine: an embedded, real PostgreSQL whose data survives
 * restarts, and the Liberty server from {@code liberty-config} in the foreground. Also used by the
 * integration tests to start their own throw-away database. Not part of the deployed EAR.
 */
package org.openmes.devserver;
