/**
 * REST adapter of the plant model context ({@code /api/plant}): one generic resource for every level of
 * the ISA-95 hierarchy, delegating to {@link org.openmes.plant.service.PlantService}. Errors are thrown, not
 * built; {@link org.openmes.platform.rest.ProblemFactory} turns them into problem documents.
 */
package org.openmes.plant.rest;
