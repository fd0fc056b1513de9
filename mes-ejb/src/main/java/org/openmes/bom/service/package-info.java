/**
 * Use cases of parts and BOMs: {@link org.openmes.bom.service.PartService} (the part master) and the DTOs
 * (records) the REST and Faces adapters and other contexts (orders) exchange with it. Entities stay inside.
 */
package org.openmes.bom.service;
