/**
 * Parts and their bills of materials: the part master ({@link org.openmes.bom.model.Part}, identified by part
 * number and revision), the value objects it is made of, and the BOM structure with its material variants.
 * Entities keep their own rules; rules that need a query (uniqueness, cycles) are the service's.
 */
package org.openmes.bom.model;
