package org.gavel.grievances;

/**
 * Who acts on a case's investigation: a member of the grievance panel (who must sit on
 * the case's panel), or one of the secretariat (whom the case desk's rule lets in).
 *
 * @param username the signed-in person
 * @param secretariat whether they act from the case desk, as the secretariat
 */
public record Investigator(String username, boolean secretariat) {

	public static Investigator panelMember(String username) {
		return new Investigator(username, false);
	}

	public static Investigator ofSecretariat(String username) {
		return new Investigator(username, true);
	}

}
