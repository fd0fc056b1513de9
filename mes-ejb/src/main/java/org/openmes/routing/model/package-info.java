/**
 * Routings: the ordered operations that make a part, each at a work center of the plant model with its
 * standard setup and run times. {@link org.openmes.routing.model.RoutingTemplate}s hold reusable sequences
 * ("Standard machining"); a part's {@link org.openmes.routing.model.PartRouting} is created from one and then
 * edited. Both keep their operations' rules (sequence numbers unique, times not negative).
 */
package org.openmes.routing.model;
