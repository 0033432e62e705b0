package org.gavel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock, moved forward when a test says so: tests make time pass instead of
 * waiting for it.
 */
public final class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** Moves the application's clock and the process engine's (timers) together. */
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
		ClockUtil.offset(this.offset.toMillis());
	}

	public void reset() {
		this.offset = Duration.ZERO;
		ClockUtil.reset();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	/** Replaces the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
