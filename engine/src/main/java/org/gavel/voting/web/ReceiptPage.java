package org.gavel.voting.web;

import java.util.UUID;

import org.gavel.voting.CheckingReceipt;
import org.gavel.voting.ReadingBallots;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public page where anyone holding a receipt checks that its vote is in the ballot
 * box.
 */
@Controller
class ReceiptPage {

	private final ReadingBallots ballots;

	private final CheckingReceipt receipts;

	ReceiptPage(ReadingBallots ballots, CheckingReceipt receipts) {
		this.ballots = ballots;
		this.receipts = receipts;
	}

	@GetMapping("/ballots/{id}/receipt")
	String check(@PathVariable UUID id, @RequestParam(defaultValue = "") String code, Model model) {
		ReadingBallots.Found found = this.ballots.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("ballot", found.ballot().title());
		model.addAttribute("ballotId", id.toString());
		model.addAttribute("code", code.strip());
		if (!code.isBlank()) {
			CheckingReceipt.Answer answer = this.receipts.check(id, code);
			model.addAttribute("included",
					(answer instanceof CheckingReceipt.Answer.Included included) ? included : null);
			model.addAttribute("checked", true);
		}
		return "receipt";
	}

}
