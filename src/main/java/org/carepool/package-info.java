/**
 * The composition root ({@link org.carepool.Carepool}: every component built with {@code new}),
 * the settings read once at start-up ({@link org.carepool.Settings}) and the command line
 * ({@link org.carepool.Main} hands the arguments to {@link org.carepool.Commands}, which maps every
 * refusal to a sentence and an exit status). Nothing here decides anything a feature owns.
 *
 * <p>Must not import: {@code io.javalin}, {@code net.sf.jasperreports}, {@code org.apache.derby}.
 */
package org.carepool;
