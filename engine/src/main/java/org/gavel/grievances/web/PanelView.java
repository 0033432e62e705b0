package org.gavel.grievances.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.PanelFile;
import org.gavel.system.Dates;

/**
 * The panel stage of a case as the secretariat's and the panel's pages show it.
 *
 * @param formed whether the panel is formed
 * @param members its members, or "" before
 * @param expert its external expert, or "" before
 * @param conflicts the conflicts declared, each "who: why"
 * @param candidates who may sit, each "username" or "username (organisation)"
 * @param replyBy when the respondent's reply is due, shown, or ""
 * @param lastDay the end of the second notice, shown, or ""
 * @param reply the respondent's reply, or ""
 * @param repliedBy who replied and when, or ""
 * @param decideBy when the decision is due, shown, or ""
 * @param finding the panel's finding, or ""
 * @param summary the decision as published, or ""
 * @param sanction the sanction with the EC's ruling, or ""
 * @param withheld whether the register leaves the respondent unnamed
 * @param putToVote whether the decision is proposed and put to the panel's vote
 */
public record PanelView(boolean formed, String members, String expert, List<String> conflicts, List<String> candidates,
		String replyBy, String lastDay, String reply, String repliedBy, String decideBy, String finding, String summary,
		String sanction, boolean withheld, boolean putToVote) {

	static PanelView of(PanelFile file, boolean putToVote, Map<String, Optional<String>> candidates, ZoneId zone) {
		return new PanelView(file.panel().isPresent(),
				file.panel().map((panel) -> String.join(", ", panel.members())).orElse(""),
				file.panel().map((panel) -> panel.expert()).orElse(""),
				file.conflicts().entrySet().stream().map((c) -> c.getKey() + ": " + c.getValue()).toList(),
				candidates.entrySet()
					.stream()
					.map((c) -> c.getKey() + c.getValue().map((org) -> " (" + org + ")").orElse(""))
					.toList(),
				file.replyBy().map((at) -> Dates.deadline(at, zone)).orElse(""),
				file.finalReplyBy().map((at) -> Dates.deadline(at, zone)).orElse(""),
				file.reply().map(PanelFile.Reply::text).orElse(""),
				file.reply().map((reply) -> reply.by() + ", " + Dates.at(reply.at(), zone)).orElse(""),
				file.decideBy().map((at) -> Dates.deadline(at, zone)).orElse(""),
				file.decision().map((d) -> d.finding().label()).orElse(""),
				file.decision().map(PanelDecision::summary).orElse(""), file.sanction().orElse(""),
				file.decision().map(PanelDecision::withholdRespondent).orElse(false), putToVote);
	}

}
