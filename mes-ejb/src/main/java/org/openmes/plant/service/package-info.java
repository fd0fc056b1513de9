/**
 * The plant model's use cases: {@link org.openmes.plant.service.PlantService} (the transaction boundary)
 * and the DTOs and filters the REST and Faces adapters exchange with it. Entities do not leave this
 * package; the adapters see DTOs only.
 */
package org.openmes.plant.service;
