package org.gavel.grievances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grievances.model.Appeal;
import org.gavel.grievances.model.AppealDecision;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.Panel;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.Party;
import org.gavel.grievances.model.Sanction;
import org.gavel.grievances.model.SanctionReferral;
import org.gavel.grievances.model.TrackedAction;
import org.gavel.membership.Directory;
import org.gavel.membership.Recipients;
import org.gavel.membership.model.Role;
import org.gavel.system.Dates;
import org.gavel.system.mail.Mailer;

import org.springframework.stereotype.Service;

/**
 * The mails of a grievance: to the complainant only if they gave an address (never with
 * the token, which travels in no mail), and to the secretariat. No mail to anyone else
 * names the complainant.
 */
@Service
class GrievanceMails {

	private final Mailer mailer;

	private final Recipients recipients;

	private final Directory directory;

	private final GrievanceSettings settings;

	private final Respondents respondents;

	GrievanceMails(Mailer mailer, Recipients recipients, Directory directory, GrievanceSettings settings,
			Respondents respondents) {
		this.respondents = respondents;
		this.mailer = mailer;
		this.recipients = recipients;
		this.directory = directory;
		this.settings = settings;
	}

	void filed(Grievance g) {
		toComplainant("grievance-received", g, "Grievance " + g.number() + " received",
				"Your grievance has been received",
				List.of("Case number " + g.number()
						+ ". Follow it with the case number and the token you were shown when you filed.",
						"The secretariat acknowledges it by " + by(g.acknowledgeBy()) + "."));
		toSecretariat("grievance-filed", g, "New grievance " + g.number() + " about " + g.respondentName(),
				"A grievance has been filed", facts(g), "/grievances/desk/" + g.number());
	}

	void acknowledged(Grievance g, String note) {
		List<String> lines = new ArrayList<>();
		lines.add("The secretariat has acknowledged case " + g.number() + " and now checks that it is complete.");
		if (note != null) {
			lines.add(note);
		}
		toComplainant("grievance-acknowledged", g, "Grievance " + g.number() + " acknowledged",
				"Your grievance has been acknowledged", lines);
	}

	void reminder(Grievance g) {
		List<String> lines = facts(g);
		lines.add("Acknowledge it by " + by(g.acknowledgeBy()) + ".");
		toSecretariat("grievance-reminder", g, "Reminder: acknowledge grievance " + g.number(),
				"A grievance still awaits acknowledgement", lines, "/grievances/desk/" + g.number());
	}

	void overdue(Grievance g) {
		List<String> lines = facts(g);
		lines.add("It was due to be acknowledged by " + by(g.acknowledgeBy()) + ".");
		toSecretariat("grievance-overdue", g, "Overdue: acknowledge grievance " + g.number(),
				"A grievance is past its acknowledgement deadline", lines, "/grievances/desk/" + g.number());
	}

	void returned(Grievance g) {
		toComplainant("grievance-incomplete", g, "Grievance " + g.number() + ": more information needed",
				"The secretariat needs more information to take up your grievance",
				List.of("What is missing: " + g.missing(), "Please complete it by " + by(g.completeBy())
						+ " on the follow-up page, with the case number and your token; after that the case closes."));
	}

	void closedIncomplete(Grievance g) {
		toComplainant("grievance-closed-incomplete", g, "Grievance " + g.number() + " closed",
				"Your grievance has been closed", List.of("It was not completed by " + by(g.completeBy())
						+ ". You may file it again at any time, mentioning case " + g.number() + "."));
	}

	void triaged(Grievance g) {
		toComplainant("grievance-triaged", g, "Grievance " + g.number() + ": " + g.stage().label(),
				"Your grievance has been assessed",
				List.of("Case " + g.number() + " is now: " + g.stage().label() + "."));
	}

	void engagementOpened(Grievance g) {
		String by = by(g.engagementDueBy());
		toComplainant("grievance-engagement", g, "Grievance " + g.number() + ": bilateral engagement",
				"Your grievance goes to engagement between you and " + g.respondentName(),
				List.of("The secretariat follows the engagement and checks in with both sides.",
						"If it has not resolved the grievance by " + by + ", the complaints panel takes it up."));
		toRespondent("grievance-engagement-respondent", g, "Grievance " + g.number() + " about your organisation",
				"A grievance about " + g.respondentName() + " goes to bilateral engagement",
				List.of("Case " + g.number() + ": " + g.complaint().category().label() + ".",
						"The secretariat will put you in touch with the complainant's side and follows the engagement.",
						"If it has not resolved the grievance by " + by + ", the complaints panel takes it up."));
	}

	void checkIn(Grievance g) {
		List<String> lines = List.of(
				"How is the engagement going? Tell the secretariat, on the follow-up page or by"
						+ " replying, whether the grievance is being resolved.",
				"The engagement ends by " + by(g.engagementDueBy()) + ".");
		toComplainant("grievance-check-in", g, "Grievance " + g.number() + ": how is it going?",
				"The secretariat checks in on your grievance", lines);
		toRespondent("grievance-check-in-respondent", g, "Grievance " + g.number() + ": how is it going?",
				"The secretariat checks in on the grievance about " + g.respondentName(), lines);
	}

	void resolved(Grievance g) {
		List<String> lines = List.of("Outcome: " + g.outcome(), "The outcome is published on the register.");
		toComplainant("grievance-resolved", g, "Grievance " + g.number() + " resolved", "Your grievance is resolved",
				lines);
		toRespondent("grievance-resolved-respondent", g, "Grievance " + g.number() + " resolved",
				"The grievance about " + g.respondentName() + " is resolved", lines);
	}

	void escalated(Grievance g) {
		toComplainant("grievance-escalated", g, "Grievance " + g.number() + ": to the complaints panel",
				"Your grievance goes to the complaints panel",
				List.of("Bilateral engagement did not resolve it. The panel will contact you."));
		toRespondent("grievance-escalated-respondent", g, "Grievance " + g.number() + ": to the complaints panel",
				"The grievance about " + g.respondentName() + " goes to the complaints panel",
				List.of("Bilateral engagement did not resolve it. The panel will ask for your reply."));
		toSecretariat("grievance-escalated-secretariat", g, "To the panel: grievance " + g.number(),
				"A grievance goes to the complaints panel", facts(g), "/grievances/desk/" + g.number());
	}

	void panelFormed(Grievance g, Panel panel) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add("The panel: " + String.join(", ", panel.members()) + ", with " + panel.expert()
				+ " as external expert.");
		lines.add("The respondent is asked to reply first; the case file is in your panel workspace.");
		toPeople("grievance-panel-formed", g, panel.members(), "Complaints panel: grievance " + g.number(),
				"You sit on the complaints panel of a grievance", lines, "/grievances/panel/" + g.number());
	}

	void replyRequested(Grievance g, Instant replyBy) {
		toPeople("grievance-reply-requested", g, this.respondents.representativesOf(g.complaint()),
				"Grievance " + g.number() + ": your reply is due by " + by(replyBy),
				"The complaints panel asks " + g.respondentName() + " to reply to a grievance",
				List.of("Case " + g.number() + ": " + g.complaint().category().label() + ".",
						"Read the grievance and its evidence, and reply by " + by(replyBy) + ".",
						"Without a reply the panel decides on what it has."),
				"/grievances/respond/" + g.number());
	}

	void replyReminder(Grievance g, Instant replyBy) {
		toPeople("grievance-reply-reminder", g, this.respondents.representativesOf(g.complaint()),
				"Reminder: grievance " + g.number() + ", your reply is due by " + by(replyBy),
				"The complaints panel still awaits the reply of " + g.respondentName(),
				List.of("Reply by " + by(replyBy) + "."), "/grievances/respond/" + g.number());
	}

	void secondNotice(Grievance g, Instant lastDay) {
		toPeople("grievance-second-notice", g, this.respondents.representativesOf(g.complaint()),
				"Second notice: grievance " + g.number() + ", reply by " + by(lastDay),
				"The reply of " + g.respondentName() + " to a grievance is overdue",
				List.of("This is the second and last notice: reply by " + by(lastDay) + ".",
						"After that the complaints panel decides without your reply."),
				"/grievances/respond/" + g.number());
	}

	void replyLapsed(Grievance g, List<String> panel) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add("The respondent did not reply after a second notice; the panel decides without a reply.");
		List<String> people = new ArrayList<>(panel);
		people.addAll(secretariat());
		toPeople("grievance-reply-lapsed", g, people, "No reply: grievance " + g.number(),
				"The respondent did not reply to a grievance", lines, "/grievances/panel/" + g.number());
	}

	void replied(Grievance g, List<String> panel) {
		toPeople("grievance-replied", g, panel, "Reply received: grievance " + g.number(),
				"The respondent replied to a grievance", facts(g), "/grievances/panel/" + g.number());
	}

	void decisionOverdue(Grievance g, List<String> panel, boolean appeal) {
		List<String> lines = new ArrayList<>(facts(g));
		String whose = appeal ? "The appeal panel's" : "The complaints panel's";
		lines.add(whose + " decision was due and is not recorded yet.");
		List<String> people = new ArrayList<>(panel);
		people.addAll(secretariat());
		toPeople(appeal ? "grievance-appeal-decision-overdue" : "grievance-decision-overdue", g, people,
				"Decision overdue: grievance " + g.number(), whose + " decision is overdue", lines,
				"/grievances/panel/" + g.number());
	}

	void decided(Grievance g, PanelDecision decision, Optional<Instant> appealBy) {
		List<String> lines = decisionLines(decision);
		lines.add("The decision is published on the register.");
		lines.add(appealBy
			.map((by) -> "Either party may appeal it on the case's page until " + by(by)
					+ "; an appeal is heard by an appeal panel with none of this panel's members.")
			.orElse("The decision is final: decisions of the complaints panel cannot be appealed."));
		toComplainant("grievance-decided", g, "Grievance " + g.number() + ": the panel's decision",
				"The complaints panel decided your grievance", lines);
		toRespondent("grievance-decided-respondent", g, "Grievance " + g.number() + ": the panel's decision",
				"The complaints panel decided the grievance about " + g.respondentName(), lines);
		toSecretariat("grievance-decided-secretariat", g, "Decided: grievance " + g.number(),
				"The complaints panel decided a grievance", lines, "/grievances/desk/" + g.number());
	}

	void voteNotAdopted(Grievance g, UUID ballot, List<String> panel) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add("The panel's vote did not adopt the decision proposed; the panel decides again, by consensus or"
				+ " another vote.");
		// once per ballot: a second vote that fails sends its own
		toPeople("grievance-vote-not-adopted", g.number() + ":" + ballot, g, panel,
				"Decide again: grievance " + g.number(), "The panel's vote did not adopt its decision", lines,
				"/grievances/panel/" + g.number());
	}

	void appealed(Grievance g, Appeal appeal) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add("The decision was appealed by " + appeal.appellant().label() + " on " + at(appeal.at()) + ".");
		toSecretariat("grievance-appealed-secretariat", g, "Appeal: grievance " + g.number(),
				"A party appealed the complaints panel's decision; form the appeal panel", lines,
				"/grievances/desk/" + g.number());
		List<String> told = List.of("The decision of the complaints panel was appealed by " + appeal.appellant().label()
				+ ". An appeal panel will hear it; you will be told its decision.");
		if (appeal.appellant() == Party.RESPONDENT) {
			toComplainant("grievance-appealed", g, "Grievance " + g.number() + ": the decision is appealed",
					"The decision on your grievance is appealed", told);
		}
		else {
			toRespondent("grievance-appealed-respondent", g, "Grievance " + g.number() + ": the decision is appealed",
					"The decision on the grievance about " + g.respondentName() + " is appealed", told);
		}
	}

	void appealPanelFormed(Grievance g, Panel panel, Instant decideBy) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add("The appeal panel: " + String.join(", ", panel.members()) + ", with " + panel.expert()
				+ " as external expert.");
		lines.add("Its decision is due by " + by(decideBy) + "; the case file and the grounds of appeal are in your"
				+ " panel workspace.");
		toPeople("grievance-appeal-panel-formed", g, panel.members(), "Appeal panel: grievance " + g.number(),
				"You sit on the appeal panel of a grievance", lines, "/grievances/panel/" + g.number());
	}

	void appealDecided(Grievance g, AppealDecision appeal, PanelDecision inForce) {
		List<String> lines = new ArrayList<>();
		lines.add("The appeal panel " + appeal.result().label() + " the complaints panel's decision: "
				+ appeal.reasons());
		lines.addAll(decisionLines(inForce));
		lines.add("This decision is final and published on the register.");
		toComplainant("grievance-appeal-decided", g, "Grievance " + g.number() + ": the appeal panel's decision",
				"The appeal panel decided on your grievance", lines);
		toRespondent("grievance-appeal-decided-respondent", g,
				"Grievance " + g.number() + ": the appeal panel's decision",
				"The appeal panel decided on the grievance about " + g.respondentName(), lines);
		toSecretariat("grievance-appeal-decided-secretariat", g, "Appeal decided: grievance " + g.number(),
				"The appeal panel decided a grievance", lines, "/grievances/desk/" + g.number());
	}

	void actionsDue(Grievance g, List<TrackedAction> open, boolean overdue) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add(overdue ? "These corrective actions are past their due date and not found completed:"
				: "These corrective actions fall due soon and are not found completed yet:");
		for (TrackedAction tracked : open) {
			lines.add(tracked.position() + ". Due " + tracked.action().dueBy() + ": " + tracked.action().action());
		}
		lines.add("Send the secretariat the evidence of each one's completion.");
		String subject = (overdue ? "Corrective actions overdue: grievance " : "Corrective actions due: grievance ")
				+ g.number();
		toRespondent(overdue ? "grievance-actions-overdue-respondent" : "grievance-actions-reminder", g, subject,
				overdue ? "Corrective actions are overdue" : "Corrective actions fall due", lines);
		if (overdue) {
			toSecretariat("grievance-actions-overdue-secretariat", g, subject, "Corrective actions are overdue", lines,
					"/grievances/desk/" + g.number());
		}
	}

	void sanctionRuled(Grievance g, Sanction sanction, SanctionReferral.Ruling ruling) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add("The decision proposed the " + sanction.label() + " of " + g.respondentName()
				+ "; the Executive Committee "
				+ ((ruling == SanctionReferral.Ruling.APPROVED) ? "approved" : "rejected") + " it.");
		lines.add((ruling == SanctionReferral.Ruling.APPROVED)
				? "It is in force from today: the organisation has no vote in the General Assembly while it lasts."
				: "The rest of the decision stands.");
		String subject = "Grievance " + g.number() + ": the Executive Committee's ruling on the sanction";
		toComplainant("grievance-sanction-ruled", g, subject, "The Executive Committee ruled on the sanction", lines);
		toRespondent("grievance-sanction-ruled-respondent", g, subject,
				"The Executive Committee ruled on the sanction of " + g.respondentName(), lines);
		toSecretariat("grievance-sanction-ruled-secretariat", g, subject,
				"The Executive Committee ruled on a grievance's sanction", lines, "/grievances/desk/" + g.number());
	}

	void suspensionLifted(Grievance g, String reason) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add("The secretariat lifted the suspension of membership of " + g.respondentName()
				+ " this case imposed: " + reason);
		lines.add("The organisation is on the General Assembly's rolls taken from now on.");
		String subject = "Grievance " + g.number() + ": the suspension of membership is lifted";
		toComplainant("grievance-suspension-lifted", g, subject, "The suspension is lifted", lines);
		toRespondent("grievance-suspension-lifted-respondent", g, subject,
				"The suspension of " + g.respondentName() + " is lifted", lines);
	}

	void closed(Grievance g) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add("The case is closed: the decision in force is final and its corrective actions, if any, were found"
				+ " completed. The register shows the outcome.");
		toComplainant("grievance-closed", g, "Grievance " + g.number() + " is closed", "Your grievance is closed",
				lines);
		toRespondent("grievance-closed-respondent", g, "Grievance " + g.number() + " is closed",
				"The grievance about " + g.respondentName() + " is closed", lines);
	}

	private static List<String> decisionLines(PanelDecision decision) {
		List<String> lines = new ArrayList<>();
		lines.add("The grievance is found " + decision.finding().label() + ".");
		lines.add("Decision: " + decision.summary());
		for (PanelDecision.CorrectiveAction action : decision.actions()) {
			lines.add("Corrective action, due " + action.dueBy() + ": " + action.action());
		}
		if (decision.sanction() != Sanction.NONE) {
			lines.add("Sanction: " + decision.sanction().label() + (decision.sanction().byExecutiveCommittee()
					? ", proposed to the Executive Committee, which decides it once the decision is final." : "."));
		}
		return lines;
	}

	private void toRespondent(String kind, Grievance g, String subject, String intro, List<String> lines) {
		toPeople(kind, g, this.respondents.representativesOf(g.complaint()), subject, intro, lines,
				"/grievances/respond/" + g.number());
	}

	private void toPeople(String kind, Grievance g, List<String> people, String subject, String intro,
			List<String> lines, String path) {
		toPeople(kind, g.number().toString(), g, people, subject, intro, lines, path);
	}

	/**
	 * Mails people of Gavel, once per kind and key.
	 * @param kind what kind of mail
	 * @param key what it is about: the case number, or the case number and a part of it
	 * (one of its interim measures, one of its requests) when a case has several
	 * @param g the case
	 * @param people their usernames
	 * @param subject the subject
	 * @param intro the first sentence
	 * @param lines what it says
	 * @param path the page it links to
	 */
	void toPeople(String kind, String key, Grievance g, List<String> people, String subject, String intro,
			List<String> lines, String path) {
		this.mailer.sendOnce(kind, key,
				new Mailer.Mail(this.recipients.addresses(people), subject, "notice", Map.of("intro", intro, "title",
						"Case " + g.number(), "lines", lines, "record", "", "link", this.recipients.link(path))));
	}

	/**
	 * The secretariat's usernames.
	 * @return everyone holding the secretariat role
	 */
	List<String> secretariat() {
		return this.directory.membership().holding(Role.SECRETARIAT);
	}

	private List<String> facts(Grievance g) {
		List<String> lines = new ArrayList<>();
		lines.add(
				"Case " + g.number() + ", about " + g.respondentName() + ": " + g.complaint().category().label() + ".");
		lines.add("Filed " + at(g.filedAt()) + ".");
		return lines;
	}

	String by(Instant deadline) {
		return Dates.deadline(deadline, this.settings.timeZone());
	}

	private String at(Instant instant) {
		return Dates.at(instant, this.settings.timeZone());
	}

	private void toComplainant(String kind, Grievance g, String subject, String intro, List<String> lines) {
		toComplainant(kind, g.number().toString(), g, subject, intro, lines);
	}

	/**
	 * Mails the complainant, if they gave an address, once per kind and key; never with
	 * the token.
	 * @param kind what kind of mail
	 * @param key what it is about (see {@link #toPeople})
	 * @param g the case
	 * @param subject the subject
	 * @param intro the first sentence
	 * @param lines what it says
	 */
	void toComplainant(String kind, String key, Grievance g, String subject, String intro, List<String> lines) {
		String email = g.complaint().email();
		if (email == null) {
			return;
		}
		this.mailer.sendOnce(kind, key,
				new Mailer.Mail(List.of(email), subject, "notice", Map.of("intro", intro, "title", "Case " + g.number(),
						"lines", lines, "record", "", "link", this.recipients.link("/grievances/follow-up"))));
	}

	private void toSecretariat(String kind, Grievance g, String subject, String intro, List<String> lines,
			String path) {
		toPeople(kind, g, secretariat(), subject, intro, lines, path);
	}

}
