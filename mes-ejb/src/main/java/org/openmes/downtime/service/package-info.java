/**
 * The downtime service: the reason tree (edited with {@code plant.edit}, as master data), downtime events (read with
 * {@code downtime.view}; entered by hand, given a reason, ended, split and merged with {@code downtime.record};
 * confirmed with {@code downtime.confirm} and the manager's electronic signature).
 */
package org.openmes.downtime.service;
