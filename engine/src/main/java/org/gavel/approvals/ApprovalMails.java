package org.gavel.approvals;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ItemReaders;
import org.gavel.approvals.model.Review;
import org.gavel.membership.Directory;
import org.gavel.membership.Recipients;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.membership.model.RollEntry;
import org.gavel.system.mail.Mailer;
import org.gavel.system.templates.Names;
import org.gavel.system.templates.SafeHtml;
import org.gavel.system.templates.Templates;

import org.springframework.stereotype.Service;

/**
 * The mails of an approval, to the EC and the submitter at each step, rendered from
 * {@code templates/mail/notice.vm}; each kind goes to each person once per round.
 */
@Service
public class ApprovalMails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
		.withLocale(Locale.UK);

	private final ReadingApprovals reading;

	private final Recipients recipients;

	private final Directory directory;

	private final Mailer mailer;

	private final Templates templates;

	private final ApprovalSettings settings;

	private final Names names;

	ApprovalMails(ReadingApprovals reading, Recipients recipients, Directory directory, Mailer mailer,
			Templates templates, ApprovalSettings settings, Names names) {
		this.names = names;
		this.reading = reading;
		this.recipients = recipients;
		this.directory = directory;
		this.mailer = mailer;
		this.templates = templates;
		this.settings = settings;
	}

	public void reviewRequested(UUID id) {
		ReadingApprovals.Record record = this.reading.record(id).orElseThrow();
		Approval a = record.approval();
		List<String> lines = facts(a);
		lines.add("Respond by " + due(a) + ": no objection, a sustained objection with its reason, or a conflict of"
				+ " interest (you are then recused from this item).");
		send("approval-review", a, this.reading.silent(id), "For EC review: " + a.title() + round(a),
				"The Executive Committee is asked to approve", lines, null);
		send("approval-received", a, List.of(a.submittedBy()), "Under EC review: " + a.title() + round(a),
				"Your item is now before the Executive Committee", facts(a), null);
	}

	public void remind(UUID id) {
		ReadingApprovals.Record record = this.reading.record(id).orElseThrow();
		Approval a = record.approval();
		List<String> silent = record.rounds().get(a.round() - 1).assessment().silent();
		send("approval-reminder", a, silent, "Reminder: EC review of " + a.title() + " due " + due(a),
				"You have not responded yet to", facts(a), null);
	}

	public void escalate(UUID id) {
		ReadingApprovals.Record record = this.reading.record(id).orElseThrow();
		Approval a = record.approval();
		List<String> silent = record.rounds().get(a.round() - 1).assessment().silent();
		if (silent.isEmpty() || a.chair() == null) {
			return;
		}
		List<String> lines = facts(a);
		lines.add("Reviews were due " + due(a) + "; no response from: "
				+ String.join(", ", silent.stream().map(this.names::person).toList()) + ".");
		lines.add("Chase them, or close the round on the item's page: silence then counts as no response, and"
				+ " without consensus the seats vote.");
		send("approval-escalation", a, List.of(a.chair()), "Overdue EC reviews: " + a.title(),
				"As chair of the Executive Committee, please act on", lines, null);
	}

	public void returned(UUID id, String comments) {
		ReadingApprovals.Record record = this.reading.record(id).orElseThrow();
		Approval a = record.approval();
		List<String> lines = new ArrayList<>();
		lines.add("The chair's comments: " + comments);
		for (Review objection : record.rounds().get(a.round() - 1).assessment().objections()) {
			lines.add("Objection by " + this.names.person(objection.member()) + ": " + objection.reason());
		}
		lines.add("Revise it and resubmit; this was round " + a.round() + " of at most " + a.maxRounds() + ".");
		send("approval-returned", a, List.of(a.submittedBy()), "Returned for revision: " + a.title(),
				"The Executive Committee returns for revision", lines, null);
	}

	public void decision(UUID id) {
		ReadingApprovals.Record record = this.reading.record(id).orElseThrow();
		Approval a = record.approval();
		Set<String> to = new LinkedHashSet<>();
		to.add(a.submittedBy());
		to.addAll(seats(record));
		boolean members = ItemReaders.openedToMembersOnceDecided(a.type());
		this.directory.membership()
			.persons()
			.stream()
			.filter((person) -> members ? person.holds(Role.MEMBER) : person.holds(Role.SECRETARIAT))
			.map(Person::username)
			.sorted()
			.forEach(to::add);
		String outcome = a.decision().approved() ? "approved" : "rejected";
		SafeHtml document = new SafeHtml(this.templates.render("approval-record", Map.of("record", record)));
		send("approval-decision", a, List.copyOf(to), "EC decision: " + a.title() + " — " + outcome,
				"The Executive Committee has decided on", List.of(a.decisionNote()), document);
	}

	private void send(String kind, Approval a, List<String> usernames, String subject, String intro, List<String> lines,
			SafeHtml record) {
		this.mailer.sendOnce(kind, a.id() + ":" + a.round(),
				new Mailer.Mail(this.recipients.addresses(usernames), subject, "notice",
						Map.of("intro", intro, "title", a.title(), "lines", lines, "record",
								(record != null) ? record : "", "link", this.recipients.link("/approvals/" + a.id()))));
	}

	private static List<String> seats(ReadingApprovals.Record record) {
		return record.seats().stream().map(RollEntry::voter).toList();
	}

	private List<String> facts(Approval a) {
		List<String> lines = new ArrayList<>();
		lines.add(
				a.type().label() + ", version " + a.version() + ", submitted by " + this.names.person(a.submittedBy())
						+ ((a.workingGroup() != null)
								? " for the " + this.names.workingGroup(a.workingGroup()) + " working group" : "")
						+ ".");
		return lines;
	}

	private String due(Approval a) {
		return a.reviewDueAt().atZone(this.settings.zone()).format(DAY);
	}

	private static String round(Approval a) {
		return (a.round() > 1) ? " (round " + a.round() + ")" : "";
	}

}
