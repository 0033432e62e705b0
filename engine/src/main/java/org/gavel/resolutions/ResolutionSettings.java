package org.gavel.resolutions;

import java.time.Duration;

import org.gavel.resolutions.model.SponsorRule;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The General Assembly rules that are the statutes' to set ({@code gavel.resolutions.*}):
 * the notice period, who must back a resolution, the rule sets assemblies start with, how
 * long a returned resolution may take to come back.
 */
@Component
public class ResolutionSettings {

	private final int noticeDays;

	private final SponsorRule sponsorRule;

	private final String ordinaryRuleSet;

	private final String statutoryRuleSet;

	private final Duration resubmissionPeriod;

	ResolutionSettings(@Value("${gavel.resolutions.notice-days:30}") int noticeDays,
			@Value("${gavel.resolutions.sponsors.minimum:3}") int minimum,
			@Value("${gavel.resolutions.sponsors.categories:3}") String categories,
			@Value("${gavel.resolutions.sponsors.first-distinct:0}") int firstDistinct,
			@Value("${gavel.resolutions.ordinary-rule-set:gpsnr-ga}") String ordinaryRuleSet,
			@Value("${gavel.resolutions.statutory-rule-set:gpsnr-ga}") String statutoryRuleSet,
			@Value("${gavel.resolutions.resubmission-period:P14D}") Duration resubmissionPeriod) {
		if (noticeDays < 0) {
			throw new IllegalArgumentException("gavel.resolutions.notice-days cannot be negative, not " + noticeDays);
		}
		this.noticeDays = noticeDays;
		this.sponsorRule = new SponsorRule(minimum,
				"all".equalsIgnoreCase(categories) ? null : Integer.valueOf(categories), firstDistinct);
		this.ordinaryRuleSet = ordinaryRuleSet;
		this.statutoryRuleSet = statutoryRuleSet;
		this.resubmissionPeriod = resubmissionPeriod;
	}

	public int noticeDays() {
		return this.noticeDays;
	}

	public SponsorRule sponsorRule() {
		return this.sponsorRule;
	}

	public String ordinaryRuleSet() {
		return this.ordinaryRuleSet;
	}

	public String statutoryRuleSet() {
		return this.statutoryRuleSet;
	}

	public Duration resubmissionPeriod() {
		return this.resubmissionPeriod;
	}

}
