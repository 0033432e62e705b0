package org.gavel.grievances;

import java.time.Clock;
import java.util.UUID;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.InternalNote;
import org.gavel.grievances.persistence.InternalNotes;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * A member of a case's complaints panel, or the secretariat, adds an internal note to its
 * investigation. Notes are for them only: no party, page of a party, letter, mail to a
 * party, process variable or log line carries one.
 */
@Service
public class AddingInternalNote {

	private final Investigators investigators;

	private final InternalNotes notes;

	private final Clock clock;

	AddingInternalNote(Investigators investigators, InternalNotes notes, Clock clock) {
		this.investigators = investigators;
		this.notes = notes;
		this.clock = clock;
	}

	/**
	 * Adds the note.
	 * @param note who writes what on which case
	 * @return the note, or the refusal by the field {@code note} (nothing written)
	 */
	public Outcome<InternalNote> add(Note note) {
		return this.investigators.of(note.number(), note.by())
			.then((found) -> InternalNote.read(note.text()).map((text) -> {
				InternalNote written = new InternalNote(UUID.randomUUID(), text, note.by().username(),
						this.clock.instant());
				this.notes.add(found.grievance().id(), written);
				GrievanceLog.NOTE_ADDED.log(note.number(), note.by().username());
				return written;
			}));
	}

	/**
	 * A note as typed.
	 *
	 * @param number the case
	 * @param by who writes it
	 * @param text what it says
	 */
	public record Note(CaseNumber number, Investigator by, String text) {

	}

}
