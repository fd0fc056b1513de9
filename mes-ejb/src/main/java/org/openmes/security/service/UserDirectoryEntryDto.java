package org.openmes.security.service;

import java.time.Instant;
import java.util.List;

/** A person the MES has seen: the groups they had when last seen (sorted), when it first and last saw them. */
public record UserDirectoryEntryDto(String principalName, List<String> groups, Instant firstSeenAt, Instant lastSeenAt) {
}
