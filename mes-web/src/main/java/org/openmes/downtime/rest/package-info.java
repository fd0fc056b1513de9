/** REST adapter of downtime: the reason tree and downtime events. */
package org.openmes.downtime.rest;
