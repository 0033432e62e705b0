package org.gavel.grievances.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.gavel.grievances.GrievanceSettings;

import org.springframework.stereotype.Component;

/**
 * Limits how many grievances one client address files within an hour (Bucket4j), so that
 * nobody floods the case desk; buckets live in this node's memory for an hour after their
 * last use.
 */
@Component
class IntakeThrottle {

	private final int perHour;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	IntakeThrottle(GrievanceSettings settings) {
		this.perHour = settings.filingsPerHour();
	}

	/**
	 * Counts a filing from an address, if one more is allowed.
	 * @param address the client's address
	 * @return whether it is
	 */
	boolean allow(String address) {
		return this.buckets.get(address, (key) -> Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(this.perHour).refillGreedy(this.perHour, Duration.ofHours(1)).build())
			.build()).tryConsume(1);
	}

}
