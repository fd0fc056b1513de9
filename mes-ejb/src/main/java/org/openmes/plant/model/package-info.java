/**
 * The plant model: the ISA-95 equipment hierarchy (enterprise, site, area, production line, work
 * center, equipment) as JPA entities that carry their own rules, and the value objects they are made of
 * (code, work-center capacity, equipment spec). Changes go through methods that keep the hierarchy
 * valid; there are no setters for what the rules protect.
 */
package org.openmes.plant.model;
