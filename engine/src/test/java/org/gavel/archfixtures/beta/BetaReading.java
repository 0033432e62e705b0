package org.gavel.archfixtures.beta;

/** Fixture: an application class of a feature, which other features may use. */
public class BetaReading {

}
