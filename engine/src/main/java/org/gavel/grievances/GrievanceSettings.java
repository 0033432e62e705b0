package org.gavel.grievances;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gavel.grievances.model.WorkingCalendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The grievance mechanism's settings ({@code gavel.grievances.*}), with their defaults:
 * the secretariat's working calendar (its zone, weekend and holidays), the
 * acknowledgement deadline in working days, what evidence the intake takes, and how many
 * cases one client may file within an hour. Checked at start-up; a bad value stops it
 * with the setting named.
 *
 * @param timeZone the secretariat's zone, in which working days are counted
 * @param weekend the days of the week nobody works
 * @param holidays the secretariat's public holidays, every year's (this year and the next
 * are warned of at start-up when none of theirs is listed, {@code GRIEVANCE-028})
 * @param acknowledgeWithin working days within which a grievance is acknowledged
 * @param acknowledgeReminderBefore working days before the acknowledgement deadline the
 * secretariat is reminded (0: no reminder)
 * @param completeWithin working days within which a complainant completes a grievance
 * returned as incomplete, after which the case closes
 * @param engagementWithin working days within which bilateral engagement resolves a
 * low-risk grievance, after which it goes to the complaints panel
 * @param evidenceFiles how many evidence files one submission may carry
 * @param evidenceMaxSize the largest evidence file
 * @param filingsPerHour how many grievances one client address may file within an hour
 * @param panelMinimum how many members of the grievance panel a complaints panel needs
 * besides its external expert
 * @param replyWithin working days within which the respondent replies to the panel
 * @param replyReminderBefore working days before the reply is due the respondent is
 * reminded (0: no reminder)
 * @param secondNoticeWithin working days the second notice gives a respondent whose reply
 * is overdue, after which the panel decides without it
 * @param decideWithin working days within which the panel decides once the reply is in or
 * has lapsed
 * @param appealWithin working days after the panel's decision within which a party may
 * appeal it (0: its decisions cannot be appealed, and are final at once)
 * @param appealDecideWithin working days within which the appeal panel decides once
 * formed
 * @param actionsReminderBefore working days before the last corrective action is due the
 * respondent is reminded (0: no reminder)
 * @param panelRuleSet the rule set of a complaints panel's vote on its decision when it
 * has no consensus
 * @param panelVotePeriod how long that vote is open
 * @param rfiWithin working days a party is given, unless the panel says otherwise, to
 * answer a request for information
 */
@Validated
@ConfigurationProperties("gavel.grievances")
public record GrievanceSettings(@NotNull @DefaultValue("UTC") ZoneId timeZone, @NotNull @Size(max = 6) @DefaultValue( {
		"SATURDAY", "SUNDAY" }) Set<DayOfWeek> weekend, @NotNull @DefaultValue({}) List<LocalDate> holidays,
		@Min(1) @Max(60) @DefaultValue("10") int acknowledgeWithin,
		@Min(0) @Max(30) @DefaultValue("2") int acknowledgeReminderBefore,
		@Min(1) @Max(120) @DefaultValue("20") int completeWithin,
		@Min(2) @Max(250) @DefaultValue("30") int engagementWithin,
		@Min(0) @Max(20) @DefaultValue("5") int evidenceFiles, @NotNull @DefaultValue("10MB") DataSize evidenceMaxSize,
		@Min(1) @DefaultValue("10") int filingsPerHour, @Min(1) @Max(9) @DefaultValue("2") int panelMinimum,
		@Min(1) @Max(120) @DefaultValue("20") int replyWithin,
		@Min(0) @Max(30) @DefaultValue("5") int replyReminderBefore,
		@Min(1) @Max(60) @DefaultValue("5") int secondNoticeWithin,
		@Min(1) @Max(120) @DefaultValue("20") int decideWithin, @Min(0) @Max(120) @DefaultValue("20") int appealWithin,
		@Min(1) @Max(120) @DefaultValue("20") int appealDecideWithin,
		@Min(0) @Max(30) @DefaultValue("5") int actionsReminderBefore,
		@NotBlank @DefaultValue("grievance-panel") String panelRuleSet,
		@NotNull @DefaultValue("5d") Duration panelVotePeriod, @Min(1) @Max(60) @DefaultValue("10") int rfiWithin){

	/**
	 * The secretariat's working calendar.
	 * @return the calendar deadlines are counted on
	 */
	public WorkingCalendar calendar() {
		return WorkingCalendar.of(this.timeZone, this.weekend, this.holidays);
	}

}
