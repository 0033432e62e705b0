package org.gavel.resolutions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.gavel.membership.Directory;
import org.gavel.membership.Recipients;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Dates;
import org.gavel.system.mail.Mailer;
import org.gavel.system.templates.Names;

import org.springframework.stereotype.Service;

/**
 * The mails of a resolution and of its assembly, rendered from
 * {@code templates/mail/notice.vm}: invitations to co-sponsor, receipt, return,
 * rejection, refusal as late, the booklet, voting open and the result. Each kind goes to
 * each person once (per version where a resolution can come back).
 */
@Service
public class ResolutionMails {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final Directory directory;

	private final Recipients recipients;

	private final Mailer mailer;

	private final Names names;

	ResolutionMails(Assemblies assemblies, Resolutions resolutions, Directory directory, Recipients recipients,
			Mailer mailer, Names names) {
		this.names = names;
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.directory = directory;
		this.recipients = recipients;
		this.mailer = mailer;
	}

	/**
	 * Invites every member a new draft names as co-sponsor.
	 * @param id the resolution
	 */
	public void invitations(UUID id) {
		invited(id,
				this.resolutions.sponsors(id)
					.stream()
					.filter((row) -> row.position() > 0)
					.sorted(Comparator.comparingInt(Resolutions.SponsorRow::position))
					.map(Resolutions.SponsorRow::username)
					.toList());
	}

	public void invited(UUID id, List<String> invitees) {
		Resolution r = this.resolutions.find(id).orElseThrow();
		List<String> lines = facts(r);
		lines.add("Endorse it or decline on its page, before the submission deadline of "
				+ Dates.at(assembly(r).submissionDeadline(), assembly(r).zone()) + ".");
		send("ga-invitation", id.toString(), invitees, "Invitation to co-sponsor: " + r.title(),
				this.names.person(r.proposer()) + " (" + r.organisation() + ") asks you to co-sponsor a resolution", r,
				lines);
	}

	public void received(UUID id) {
		Resolution r = this.resolutions.find(id).orElseThrow();
		Set<String> to = new LinkedHashSet<>();
		this.resolutions.sponsors(id)
			.stream()
			.filter(Resolutions.SponsorRow::backs)
			.forEach((s) -> to.add(s.username()));
		to.addAll(holding(Role.SECRETARIAT));
		send("ga-received", id + ":" + r.version(), List.copyOf(to), "Resolution received: " + r.title(),
				"The secretariat has received, and will review for admissibility,", r, facts(r));
	}

	public void returned(UUID id, String comments) {
		Resolution r = this.resolutions.find(id).orElseThrow();
		List<String> lines = facts(r);
		lines.add("The secretariat's comments: " + comments);
		lines.add("Revise it and resubmit by " + Dates.at(r.resubmitBy(), assembly(r).zone())
				+ "; after that it is refused.");
		send("ga-returned", id + ":" + r.version(), List.of(r.proposer()), "Returned for revision: " + r.title(),
				"The secretariat returns for revision", r, lines);
	}

	public void inadmissible(UUID id, String reasons) {
		Resolution r = this.resolutions.find(id).orElseThrow();
		List<String> lines = facts(r);
		lines.add("The secretariat's reasons: " + reasons);
		send("ga-inadmissible", id.toString(), sponsors(id), "Not admitted: " + r.title(),
				"The secretariat has found inadmissible", r, lines);
	}

	public void late(UUID id) {
		Resolution r = this.resolutions.find(id).orElseThrow();
		List<String> lines = facts(r);
		lines.add("It was not "
				+ ((r.version() > 1 || r.resubmitBy() != null)
						? "resubmitted by " + Dates.at(r.resubmitBy(), assembly(r).zone())
						: "submitted by the deadline of "
								+ Dates.at(assembly(r).submissionDeadline(), assembly(r).zone()))
				+ ", so it is refused.");
		send("ga-late", id.toString(), sponsors(id), "Refused as late: " + r.title(), "Too late for the assembly:", r,
				lines);
	}

	public void booklet(UUID assembly) {
		Assembly a = this.assemblies.find(assembly).orElseThrow();
		List<String> lines = agenda(a);
		lines.add("Members may comment on each resolution until voting opens on "
				+ Dates.at(a.votingOpensAt(), a.zone()) + ".");
		lines.add("The booklet as PDF: " + this.recipients.link("/assemblies/" + a.id() + "/booklet.pdf"));
		this.mailer.sendOnce("ga-booklet", a.id().toString(),
				new Mailer.Mail(this.recipients.addresses(holding(Role.MEMBER)), "Booklet published: " + a.title(),
						"notice", values("The booklet of resolutions is published for", a.title(), lines,
								"/assemblies/" + a.id() + "/booklet")));
	}

	/**
	 * Tells members what moved when an assembly is rescheduled; nothing when only its
	 * rule sets changed.
	 * @param before the assembly as it was
	 * @param after the assembly as it is now
	 */
	public void rescheduled(Assembly before, Assembly after) {
		List<String> lines = new ArrayList<>();
		changed(lines, "Title", before.title(), after.title());
		changed(lines, "Place", before.online() ? "online" : before.place(), after.online() ? "online" : after.place());
		changed(lines, "Starts", Dates.at(before.startsAt(), before.zone()), Dates.at(after.startsAt(), after.zone()));
		changed(lines, "Resolutions may be submitted until", Dates.at(before.submissionDeadline(), before.zone()),
				Dates.at(after.submissionDeadline(), after.zone()));
		changed(lines, "Online voting opens", Dates.at(before.votingOpensAt(), before.zone()),
				Dates.at(after.votingOpensAt(), after.zone()));
		changed(lines, "Online voting closes", Dates.at(before.votingClosesAt(), before.zone()),
				Dates.at(after.votingClosesAt(), after.zone()));
		changed(lines, "Votes taken in the room", before.inRoomSession() ? "yes" : "no",
				after.inRoomSession() ? "yes" : "no");
		if (lines.isEmpty()) {
			return;
		}
		String version = after.startsAt() + "/" + after.submissionDeadline() + "/" + after.votingOpensAt() + "/"
				+ after.votingClosesAt() + "/" + after.place() + "/" + after.title() + "/" + after.inRoomSession();
		// once per new schedule: a repeated request sends nothing more
		String once = after.id() + ":" + UUID.nameUUIDFromBytes(version.getBytes(StandardCharsets.UTF_8));
		this.mailer.sendOnce("ga-rescheduled", once, new Mailer.Mail(this.recipients.addresses(holding(Role.MEMBER)),
				"Rescheduled: " + after.title(), "notice",
				values("The secretariat has changed the dates of", after.title(), lines, "/assemblies/" + after.id())));
	}

	private static void changed(List<String> lines, String what, String before, String after) {
		if (!Objects.equals(before, after)) {
			lines.add(what + ": " + after + " (was " + before + ")");
		}
	}

	public void votingOpen(UUID assembly, List<String> voters) {
		Assembly a = this.assemblies.find(assembly).orElseThrow();
		List<String> lines = agenda(a);
		lines.add("Vote online until " + Dates.at(a.votingClosesAt(), a.zone())
				+ (a.inRoomSession() ? "; votes are also taken in the room at the meeting." : "."));
		this.mailer.sendOnce("ga-voting-open", a.id().toString(),
				new Mailer.Mail(this.recipients.addresses(voters), "Voting open: " + a.title(), "notice",
						values("Voting is open on the resolutions of", a.title(), lines, "/ballots")));
	}

	public void result(UUID id) {
		Resolution r = this.resolutions.find(id).orElseThrow();
		String outcome = (r.status() == ResolutionStatus.ADOPTED) ? "adopted" : "not adopted";
		List<String> lines = facts(r);
		lines.add("Outcome: " + r.outcome().label() + ". The certificate gives the figures per"
				+ " chamber, the rule applied and why: " + this.recipients.link("/resolutions/" + id + "/certificate"));
		send("ga-result", id.toString(), holding(Role.MEMBER),
				"Result: " + r.label() + " " + r.title() + " — " + outcome, "The General Assembly has voted on", r,
				lines);
	}

	private void send(String kind, String key, List<String> usernames, String subject, String intro, Resolution r,
			List<String> lines) {
		this.mailer.sendOnce(kind, key, new Mailer.Mail(this.recipients.addresses(usernames), subject, "notice",
				values(intro, r.title(), lines, "/resolutions/" + r.id())));
	}

	private Map<String, Object> values(String intro, String title, List<String> lines, String path) {
		return Map.of("intro", intro, "title", title, "lines", lines, "record", "", "link", this.recipients.link(path));
	}

	private List<String> agenda(Assembly a) {
		List<String> lines = new ArrayList<>();
		this.resolutions.of(a.id())
			.stream()
			.filter((r) -> r.status().published())
			.forEach((r) -> lines.add(r.label() + ": " + r.title() + " (" + r.type().value() + ")"));
		return lines;
	}

	private List<String> facts(Resolution r) {
		List<String> lines = new ArrayList<>();
		lines.add(r.type().label() + " for " + assembly(r).title() + ", proposed by " + this.names.person(r.proposer())
				+ " (" + r.organisation() + ")" + ((r.version() > 1) ? ", version " + r.version() : "") + ".");
		return lines;
	}

	private List<String> sponsors(UUID id) {
		return this.resolutions.sponsors(id)
			.stream()
			.filter(Resolutions.SponsorRow::backs)
			.map(Resolutions.SponsorRow::username)
			.toList();
	}

	private List<String> holding(Role role) {
		return this.directory.membership()
			.persons()
			.stream()
			.filter((person) -> person.holds(role))
			.map(Person::username)
			.sorted()
			.toList();
	}

	private Assembly assembly(Resolution r) {
		return this.assemblies.find(r.assemblyId()).orElseThrow();
	}

}
