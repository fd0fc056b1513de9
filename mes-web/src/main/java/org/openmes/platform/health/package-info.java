/**
 * MicroProfile Health checks of the MES, served by the runtime at {@code /health/live} (the process should
 * be restarted when DOWN) and {@code /health/ready} (traffic should be withheld when DOWN).
 */
package org.openmes.platform.health;
