package org.gavel.grants.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

import org.gavel.system.Outcome;

/**
 * An exact amount in an ISO 4217 currency, with no more decimals than the currency has
 * (two for US dollars and Indonesian rupiah, none for Japanese yen, three for Bahraini
 * dinars).
 *
 * @param amount the amount, 0 or more
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

	public Money {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("an amount is 0 or more: " + amount);
		}
		amount = amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0));
	}

	/**
	 * Reads an amount as a person typed it.
	 * @param field the field it came in, for the refusal
	 * @param amount e.g. {@code 250000} or {@code 250000.00}
	 * @param currency an ISO 4217 code, e.g. {@code USD}
	 * @return the money, or the refusal by the field
	 */
	public static Outcome<Money> of(String field, String amount, String currency) {
		Currency known;
		try {
			known = Currency.getInstance(currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return Outcome.refused(field, "'" + currency + "' is not an ISO 4217 currency code (e.g. USD, EUR, IDR)");
		}
		BigDecimal value;
		try {
			value = new BigDecimal(amount == null ? "" : amount.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return Outcome.refused(field, "'" + amount + "' is not an amount");
		}
		if (value.signum() < 0) {
			return Outcome.refused(field, "must be 0 or more");
		}
		int digits = Math.max(known.getDefaultFractionDigits(), 0);
		if (value.stripTrailingZeros().scale() > digits) {
			return Outcome.refused(field, known.getCurrencyCode() + " amounts have at most " + digits + " decimals");
		}
		return Outcome.accepted(new Money(value, known));
	}

	/**
	 * The sum of two amounts in the same currency.
	 * @param other the other amount
	 * @return the sum
	 */
	public Money plus(Money other) {
		sameCurrency(other);
		return new Money(this.amount.add(other.amount), this.currency);
	}

	/**
	 * What is left of this amount after another.
	 * @param other the other amount, at most this one
	 * @return the difference
	 */
	public Money minus(Money other) {
		sameCurrency(other);
		return new Money(this.amount.subtract(other.amount), this.currency);
	}

	/**
	 * Nothing, in a currency.
	 * @param currency the currency
	 * @return zero
	 */
	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	@Override
	public int compareTo(Money other) {
		sameCurrency(other);
		return this.amount.compareTo(other.amount);
	}

	/**
	 * Whether this amount is above another.
	 * @param other the other amount
	 * @return {@code true} if larger
	 */
	public boolean exceeds(Money other) {
		return compareTo(other) > 0;
	}

	private void sameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException(this + " and " + other + " are in different currencies");
		}
	}

	/**
	 * The amount as the documents write it.
	 * @return e.g. {@code USD 250,000.00}
	 */
	@Override
	public String toString() {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(this.amount.scale());
		format.setMaximumFractionDigits(this.amount.scale());
		return this.currency.getCurrencyCode() + " " + format.format(this.amount);
	}

}
