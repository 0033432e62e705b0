package org.gavel.voting.model;

import java.time.Instant;

/**
 * A scrutineer's sign-off.
 *
 * @param scrutineer who
 * @param signedAt when
 * @param remark what they noted, or {@code null}
 */
public record SignOff(String scrutineer, Instant signedAt, String remark) {

}
