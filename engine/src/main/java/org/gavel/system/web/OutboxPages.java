package org.gavel.system.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

import org.gavel.system.Dates;
import org.gavel.system.mail.Outbox;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox as the secretariat reads it: every mail Gavel queued, where its delivery
 * stands, each one's body as its recipient sees it, and a mail that was given up put back
 * in the queue.
 */
@Controller
class OutboxPages {

	static final int PAGE = 50;

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final String NO_SUCH_MAIL = "The outbox holds no mail with this number.";

	private final Outbox outbox;

	private final Clock clock;

	OutboxPages(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@GetMapping("/outbox")
	String outbox(@RequestParam(required = false) String show, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Outbox.Show listing = Outbox.Show.of(show);
		Outbox.Counts counts = this.outbox.counts();
		long total = counts.in(listing);
		int pages = (int) Math.max(1, (total + PAGE - 1) / PAGE);
		int current = Math.min(Math.max(page, 1), pages);
		model.addAttribute("counts", counts);
		model.addAttribute("show", listing.value());
		model.addAttribute("mails", this.outbox.latest(listing, (current - 1) * PAGE, PAGE));
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("previous", current - 1);
		model.addAttribute("next", current + 1);
		model.addAttribute("first", (total == 0) ? 0 : (current - 1) * PAGE + 1);
		model.addAttribute("last", Math.min(total, (long) current * PAGE));
		delivery(model);
		return "outbox";
	}

	@GetMapping("/outbox/{id}")
	String mail(@PathVariable long id, Model model) {
		model.addAttribute("mail", this.outbox.find(id).orElseThrow(OutboxPages::noSuchMail));
		delivery(model);
		return "outbox-mail";
	}

	/** What {@code outbox-delivery.vm} needs to say where a mail's delivery stands. */
	private void delivery(Model model) {
		model.addAttribute("smtp", this.outbox.smtpConfigured());
		model.addAttribute("zone", UTC);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("dates", new Dates());
	}

	/**
	 * The body of a mail as its recipient receives it, to be framed by the mail's page
	 * only: its styles are inline, so its policy allows those and nothing else, no
	 * script, no form, no link out of its frame.
	 */
	@GetMapping("/outbox/{id}/body")
	ResponseEntity<String> body(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy",
					"sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
							+ "frame-ancestors 'self'; base-uri 'none'; form-action 'none'")
			.header("X-Frame-Options", "SAMEORIGIN")
			.body(this.outbox.body(id).orElseThrow(OutboxPages::noSuchMail));
	}

	@PostMapping("/outbox/{id}/retry")
	String retry(@PathVariable long id, Authentication person, RedirectAttributes redirect) {
		Outbox.Letter mail = this.outbox.find(id).orElseThrow(OutboxPages::noSuchMail);
		if (this.outbox.retry(id, person.getName())) {
			this.outbox.wakeDelivery();
			redirect.addFlashAttribute("notice",
					"The mail to " + mail.recipient() + " is back in the queue and will be sent at once"
							+ (this.outbox.smtpConfigured() ? "." : " once an SMTP host is configured."));
		}
		else {
			redirect.addFlashAttribute("notice", mail.sent() ? "This mail was sent meanwhile; nothing was changed."
					: "This mail is already queued.");
		}
		return "redirect:/outbox/" + id;
	}

	private static ResponseStatusException noSuchMail() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, NO_SUCH_MAIL);
	}

}
