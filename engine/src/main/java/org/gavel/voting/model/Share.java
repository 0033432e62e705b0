package org.gavel.voting.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact share or weight (a fraction, never a floating-point number): 2/3 is 2/3, not
 * 0.6666.
 *
 * @param value the fraction
 */
public record Share(BigFraction value) implements Comparable<Share> {

	public static final Share ZERO = new Share(BigFraction.ZERO);

	public static final Share ONE = new Share(BigFraction.ONE);

	public static Share of(long numerator, long denominator) {
		return new Share(BigFraction.of(numerator, denominator));
	}

	/**
	 * Reads {@code "2/3"}, {@code "0.5"} or {@code "50%"}.
	 * @param text the share
	 * @return the exact share
	 */
	public static Share parse(String text) {
		String t = text.strip();
		if (t.endsWith("%")) {
			BigDecimal percent = new BigDecimal(t.substring(0, t.length() - 1).strip());
			return new Share(fraction(percent).divide(100));
		}
		int slash = t.indexOf('/');
		if (slash > 0) {
			return new Share(fraction(new BigDecimal(t.substring(0, slash).strip()))
				.divide(fraction(new BigDecimal(t.substring(slash + 1).strip()))));
		}
		return new Share(fraction(new BigDecimal(t)));
	}

	private static BigFraction fraction(BigDecimal decimal) {
		BigInteger scale = BigInteger.TEN.pow(Math.abs(decimal.scale()));
		return (decimal.scale() >= 0) ? BigFraction.of(decimal.unscaledValue(), scale)
				: BigFraction.of(decimal.unscaledValue().multiply(scale));
	}

	public Share plus(Share other) {
		return new Share(this.value.add(other.value));
	}

	public Share times(Share other) {
		return new Share(this.value.multiply(other.value));
	}

	public Share times(long count) {
		return new Share(this.value.multiply(count));
	}

	public Share over(Share other) {
		return new Share(this.value.divide(other.value));
	}

	public Share over(long count) {
		return new Share(this.value.divide(count));
	}

	public boolean isZero() {
		return this.value.signum() == 0;
	}

	@Override
	public int compareTo(Share other) {
		return this.value.compareTo(other.value);
	}

	/**
	 * The share as a percentage for people to read, e.g. {@code 61.5 %}; decisions never
	 * use it.
	 * @return the rounded percentage
	 */
	public String percent() {
		BigDecimal percent = this.value.bigDecimalValue(10, RoundingMode.HALF_EVEN)
			.multiply(BigDecimal.valueOf(100))
			.setScale(1, RoundingMode.HALF_UP)
			.stripTrailingZeros();
		return percent.toPlainString() + " %";
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
