package org.carepool.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * The pages' templates ({@code src/main/jte}), turned into classes of this package at build time by
 * jte's Maven plugin and rendered through Javalin's {@code ctx.render(name, model)}: nothing is compiled
 * at start-up. Every {@code ${…}} is escaped for where it stands (text, attribute, script) by jte;
 * text also has its quotes escaped, as {@link Html#esc} always did.
 */
final class Templates implements FileRenderer {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), "org.carepool.web");

  @Override
  public String render(String template, Map<String, ?> model, Context ctx) {
    return render(template, model);
  }

  @SuppressWarnings("unchecked")
  String render(String template, Map<String, ?> model) {
    StringOutput out = new StringOutput();
    engine.render(template, (Map<String, Object>) model, new QuotesEscaped(out));
    return out.toString();
  }

  /** jte's OWASP output, with {@code "} and {@code '} in text escaped too, as the pages always had them. */
  private static final class QuotesEscaped extends OwaspHtmlTemplateOutput {
    private final StringOutput out;
    private boolean inText;

    QuotesEscaped(StringOutput out) {
      super(out);
      this.out = out;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
      super.setContext(tagName, attributeName);
      inText = attributeName == null && !"script".equals(tagName);
    }

    @Override
    public void writeUserContent(String value) {
      if (value != null && inText) {
        out.writeContent(Html.esc(value));
      } else {
        super.writeUserContent(value);
      }
    }
  }
}
