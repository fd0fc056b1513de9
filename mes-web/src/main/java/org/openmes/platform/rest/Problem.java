package org.openmes.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openmes.common.ItemResult;

/**
 * An RFC 9457 problem document, the body of every error answer of the API. {@code violations} is null
 * (and so left out of the JSON) when no particular field is to blame; {@code items} is null except for an
 * all-or-nothing action over a selection, where it gives the result of every item.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "violations", "items"})
public record Problem(
        @Schema(example = "urn:openmes:problem:validation-failed") String type,
        @Schema(example = "Validation failed") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What went wrong, for a human") String detail,
        @Schema(description = "Path of the request that failed", example = "/mes/api/plant/work-centers")
        String instance,
        @Schema(description = "Id to quote to support; also in the X-Correlation-Id header")
        String correlationId,
        @Schema(description = "The input fields at fault; absent when no particular field is") List<Violation> violations,
        @Schema(description = "Bulk actions only: the result of every item of the selection (nothing was changed)")
        List<ItemResult> items) {

    /** One input field that is wrong: its JSON path (such as {@code capacity.hoursPerDay}) and why. */
    @Schema(name = "Violation")
    @JsonbPropertyOrder({"field", "message"})
    public record Violation(@Schema(example = "capacity.hoursPerDay") String field,
                            @Schema(example = "must be less than or equal to 24") String message) {
    }
}
