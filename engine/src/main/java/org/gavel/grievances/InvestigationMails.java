package org.gavel.grievances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.model.InterimMeasure;

import org.springframework.stereotype.Service;

/**
 * The mails of a case's investigation, through {@link GrievanceMails}: interim measures
 * to every party and the secretariat, a question to the party it is put to, an answer's
 * notice to the panel and the secretariat. No internal note is ever mailed, and no mail
 * to the respondent, the panel or the secretariat names the complainant.
 */
@Service
class InvestigationMails {

	private final GrievanceMails mails;

	private final Respondents respondents;

	InvestigationMails(GrievanceMails mails, Respondents respondents) {
		this.mails = mails;
		this.respondents = respondents;
	}

	void measureRecorded(Grievance g, InterimMeasure measure) {
		List<String> lines = new ArrayList<>();
		lines.add("Measure: " + measure.measure());
		lines.add("In force from " + measure.from()
				+ measure.until().map((last) -> " until " + last + " inclusive.").orElse(" until the panel lifts it."));
		lines.add("The panel decides the grievance itself later; this measure holds until then.");
		toEveryone("grievance-interim-measure", g, measure.id().toString(),
				"Grievance " + g.number() + ": interim measure",
				"The complaints panel decided an interim measure on a grievance", lines);
	}

	void measureLifted(Grievance g, InterimMeasure measure, String reason) {
		List<String> lines = List.of("Measure lifted: " + measure.measure(), "Why: " + reason);
		toEveryone("grievance-interim-measure-lifted", g, measure.id().toString(),
				"Grievance " + g.number() + ": interim measure lifted",
				"The complaints panel lifted an interim measure on a grievance", lines);
	}

	void requested(Grievance g, InformationRequest request) {
		String key = g.number() + ":" + request.id();
		String subject = "Grievance " + g.number() + ": a question from the complaints panel, answer by "
				+ this.mails.by(request.answerBy());
		if (request.party() == InformationRequest.Party.COMPLAINANT) {
			this.mails.toComplainant("grievance-question", key, g, subject,
					"The complaints panel asks you a question about your grievance",
					List.of("Question: " + request.question(), "Please answer by " + this.mails.by(request.answerBy())
							+ " on the follow-up page, with the case number and your token; you may add evidence."));
		}
		else {
			this.mails.toPeople("grievance-question-respondent", key, g,
					this.respondents.representativesOf(g.complaint()), subject,
					"The complaints panel asks " + g.respondentName() + " a question about a grievance",
					List.of("Question: " + request.question(),
							"Please answer by " + this.mails.by(request.answerBy()) + " on the reply page."),
					"/grievances/respond/" + g.number());
		}
	}

	void answered(Grievance g, InformationRequest request, List<String> panel, Optional<Instant> decideBy) {
		List<String> lines = new ArrayList<>();
		lines.add("Case " + g.number() + ": " + request.party().label() + " answered the panel's question.");
		lines.add("Read the answer in the case file.");
		decideBy.ifPresent((by) -> lines.add("The decision is now due by " + this.mails.by(by) + "."));
		toStaff("grievance-answer", g, request, panel, "Answer received: grievance " + g.number(),
				"A party answered the complaints panel's question", lines);
	}

	void withdrawn(Grievance g, InformationRequest request, List<String> panel, Optional<Instant> decideBy) {
		String key = g.number() + ":" + request.id();
		List<String> lines = List.of("Question withdrawn: " + request.question(), "Nothing more is needed on it.");
		if (request.party() == InformationRequest.Party.COMPLAINANT) {
			this.mails.toComplainant("grievance-question-withdrawn", key, g,
					"Grievance " + g.number() + ": question withdrawn",
					"The complaints panel no longer needs an answer to its question", lines);
		}
		else {
			this.mails.toPeople("grievance-question-withdrawn-respondent", key, g,
					this.respondents.representativesOf(g.complaint()),
					"Grievance " + g.number() + ": question withdrawn",
					"The complaints panel no longer needs an answer to its question", lines,
					"/grievances/respond/" + g.number());
		}
		decideBy.ifPresent((by) -> toStaff("grievance-question-withdrawn-staff", g, request, panel,
				"Question withdrawn: grievance " + g.number(), "A question to the complainant was withdrawn",
				List.of("The decision is now due by " + this.mails.by(by) + ".")));
	}

	private void toStaff(String kind, Grievance g, InformationRequest request, List<String> panel, String subject,
			String intro, List<String> lines) {
		String key = g.number() + ":" + request.id();
		this.mails.toPeople(kind, key, g, panel, subject, intro, lines, "/grievances/panel/" + g.number());
		this.mails.toPeople(kind + "-secretariat", key, g, this.mails.secretariat(), subject, intro, lines,
				"/grievances/desk/" + g.number());
	}

	private void toEveryone(String kind, Grievance g, String part, String subject, String intro, List<String> lines) {
		String key = g.number() + ":" + part;
		this.mails.toComplainant(kind, key, g, subject, intro, lines);
		this.mails.toPeople(kind + "-respondent", key, g, this.respondents.representativesOf(g.complaint()), subject,
				intro, lines, "/grievances/respond/" + g.number());
		this.mails.toPeople(kind + "-secretariat", key, g, this.mails.secretariat(), subject, intro, lines,
				"/grievances/desk/" + g.number());
	}

}
