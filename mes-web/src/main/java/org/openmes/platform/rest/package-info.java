/**
 * The REST platform shared by every resource of the product: the JAX-RS application under {@code /api}
 * with its OpenAPI description, the one error mapping (RFC 9457 problem documents via
 * {@link org.openmes.platform.rest.ProblemFactory}), the JSON-B configuration, the correlation id and the
 * request body size limit. Resources of the bounded contexts live in their own {@code *.rest} packages and
 * only throw; they never build error responses themselves.
 */
package org.openmes.platform.rest;
