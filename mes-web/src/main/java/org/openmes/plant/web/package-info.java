/**
 * The plant model page ({@code /plant.xhtml}): a thin Faces adapter over
 * {@link org.openmes.plant.service.PlantService} that shows the equipment hierarchy as a tree and edits one node
 * at a time through the service's DTOs.
 */
package org.openmes.plant.web;
