package org.gavel.grievances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.Panel;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.membership.Directory;
import org.gavel.membership.Recipients;
import org.gavel.membership.model.Person;
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

	void decisionOverdue(Grievance g, List<String> panel) {
		List<String> lines = new ArrayList<>(facts(g));
		lines.add("The panel's decision was due and is not recorded yet.");
		List<String> people = new ArrayList<>(panel);
		people.addAll(secretariat());
		toPeople("grievance-decision-overdue", g, people, "Decision overdue: grievance " + g.number(),
				"The complaints panel's decision is overdue", lines, "/grievances/panel/" + g.number());
	}

	void decided(Grievance g, PanelDecision decision) {
		List<String> lines = new ArrayList<>();
		lines.add("The panel found the grievance " + decision.finding().label() + ".");
		lines.add("Decision: " + decision.summary());
		for (PanelDecision.CorrectiveAction action : decision.actions()) {
			lines.add("Corrective action, due " + action.dueBy() + ": " + action.action());
		}
		lines.add("The decision is published on the register.");
		toComplainant("grievance-decided", g, "Grievance " + g.number() + ": the panel's decision",
				"The complaints panel decided your grievance", lines);
		toPeople("grievance-decided-respondent", g, this.respondents.representativesOf(g.complaint()),
				"Grievance " + g.number() + ": the panel's decision",
				"The complaints panel decided the grievance about " + g.respondentName(), lines,
				"/grievances/respond/" + g.number());
		toSecretariat("grievance-decided-secretariat", g, "Decided: grievance " + g.number(),
				"The complaints panel decided a grievance", lines, "/grievances/desk/" + g.number());
	}

	private void toRespondent(String kind, Grievance g, String subject, String intro, List<String> lines) {
		toPeople(kind, g, this.respondents.representativesOf(g.complaint()), subject, intro, lines,
				"/grievances/register");
	}

	private void toPeople(String kind, Grievance g, List<String> people, String subject, String intro,
			List<String> lines, String path) {
		this.mailer.sendOnce(kind, g.number().toString(),
				new Mailer.Mail(this.recipients.addresses(people), subject, "notice", Map.of("intro", intro, "title",
						"Case " + g.number(), "lines", lines, "record", "", "link", this.recipients.link(path))));
	}

	private List<String> secretariat() {
		return this.directory.membership()
			.persons()
			.stream()
			.filter((person) -> person.holds(Role.SECRETARIAT))
			.map(Person::username)
			.toList();
	}

	private List<String> facts(Grievance g) {
		List<String> lines = new ArrayList<>();
		lines.add(
				"Case " + g.number() + ", about " + g.respondentName() + ": " + g.complaint().category().label() + ".");
		lines.add("Filed " + at(g.filedAt()) + ".");
		return lines;
	}

	private String by(Instant deadline) {
		return Dates.deadline(deadline, this.settings.timeZone());
	}

	private String at(Instant instant) {
		return Dates.at(instant, this.settings.timeZone());
	}

	private void toComplainant(String kind, Grievance g, String subject, String intro, List<String> lines) {
		String email = g.complaint().email();
		if (email == null) {
			return;
		}
		this.mailer.sendOnce(kind, g.number().toString(),
				new Mailer.Mail(List.of(email), subject, "notice", Map.of("intro", intro, "title", "Case " + g.number(),
						"lines", lines, "record", "", "link", this.recipients.link("/grievances/follow-up"))));
	}

	private void toSecretariat(String kind, Grievance g, String subject, String intro, List<String> lines,
			String path) {
		toPeople(kind, g, secretariat(), subject, intro, lines, path);
	}

}
