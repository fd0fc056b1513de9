package org.openmes.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The one JAX-RS application of the product: every REST resource lives under {@code /api}. Resources and
 * providers are found by scanning. The problem responses shared by all operations are declared once here
 * and referenced by name ({@code @APIResponse(responseCode = "404", ref = "NotFound")}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "OpenMES API", version = "0.1",
                description = "REST API of OpenMES, an open-source Manufacturing Execution System. Errors are "
                        + "RFC 9457 problem documents (application/problem+json) whose type is "
                        + "urn:openmes:problem:<slug>; every response carries an X-Correlation-Id header."),
        components = @Components(responses = {
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "validation-failed, invalid-input, malformed-request or payload-too-large",
                        content = @Content(mediaType = ProblemFactory.PROBLEM_JSON,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotAuthenticated", responseCode = "401",
                        description = "not-authenticated: no signed-in user and no valid token",
                        content = @Content(mediaType = ProblemFactory.PROBLEM_JSON,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403",
                        description = "forbidden: the caller lacks the permission the operation needs (named in detail)",
                        content = @Content(mediaType = ProblemFactory.PROBLEM_JSON,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404",
                        description = "not-found: the record or URL does not exist",
                        content = @Content(mediaType = ProblemFactory.PROBLEM_JSON,
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "conflict, or stale-version when the record was changed by someone else",
                        content = @Content(mediaType = ProblemFactory.PROBLEM_JSON,
                                schema = @Schema(implementation = Problem.class)))
        }))
public class MesRestApplication extends Application {
}
