package org.gavel.resolutions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.gavel.resolutions.model.SponsorRule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The General Assembly rules that are the statutes' to set ({@code gavel.resolutions.*}),
 * with their defaults: the notice period, who must back a resolution, the rule sets
 * assemblies start with. Checked at start-up; a bad value stops it with the setting
 * named.
 *
 * @param noticeDays the statutory notice of an assembly, in days
 * @param sponsors who must back a resolution before it is submitted
 * @param ordinaryRuleSet the rule set an assembly's ordinary resolutions start with
 * @param statutoryRuleSet the rule set its statutory resolutions start with
 */
@Validated
@ConfigurationProperties("gavel.resolutions")
public record ResolutionSettings(@PositiveOrZero @DefaultValue("30") int noticeDays,
		@Valid @DefaultValue Sponsors sponsors, @NotBlank @DefaultValue("gpsnr-ga") String ordinaryRuleSet,
		@NotBlank @DefaultValue("gpsnr-ga") String statutoryRuleSet) {

	/**
	 * The sponsor rule these settings make.
	 * @return the rule
	 */
	public SponsorRule sponsorRule() {
		return new SponsorRule(this.sponsors.minimum(),
				"all".equalsIgnoreCase(this.sponsors.categories()) ? null : Integer.valueOf(this.sponsors.categories()),
				this.sponsors.firstDistinct());
	}

	/**
	 * Who must back a resolution ({@code gavel.resolutions.sponsors.*}).
	 *
	 * @param minimum how many members back it, the proposer included
	 * @param categories from how many voting categories, or {@code all}
	 * @param firstDistinct how many of the first backers must come from distinct
	 * categories (0 for no such rule)
	 */
	public record Sponsors(@Min(1) @DefaultValue("3") int minimum,
			@NotNull @Pattern(regexp = "all|[0-9]+",
					message = "must be a number of categories or 'all'") @DefaultValue("3") String categories,
			@PositiveOrZero @DefaultValue("0") int firstDistinct) {

	}

}
