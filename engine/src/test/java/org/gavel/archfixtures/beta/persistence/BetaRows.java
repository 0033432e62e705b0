package org.gavel.archfixtures.beta.persistence;

/** Fixture: a feature's table access, which no other feature may use. */
public class BetaRows {

}
