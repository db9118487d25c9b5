package org.locallimits.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locallimits.content.Translation;
import org.locallimits.content.TranslationLoader;
import org.locallimits.yaml.YamlMemo;
import org.locallimits.diag.Problem;
import org.locallimits.diag.Problems;
import org.locallimits.diag.SourcePos;
import org.locallimits.history.ChangeDates;
import org.locallimits.i18n.Localizer;
import org.locallimits.i18n.PageState;
import org.locallimits.model.ModelBuilder;
import org.locallimits.model.SiteModel;
import org.locallimits.render.Edition;
import org.locallimits.render.Messages;

/**
 * The language editions of the site: the default edition, then one per other language, each a validated model
 * of its own (translations checked like English pages) with the notices of its stale and untranslated pages.
 * Stale translations are reported as notes, never as failures. Stateless.
 */
final class Editions {
    /** One edition to render: how it is published, and its model. */
    record Of(Edition edition, SiteModel model) {
    }

    private Editions() {
    }

    static List<Of> of(SiteModel english, Path contentDir, String contentDisplay, Messages messages,
                       ChangeDates history, ModelBuilder models, Optional<YamlMemo> yamlMemo,
                       Optional<org.locallimits.content.PageMemo> pageMemo, Problems problems) {
        List<String> languages = english.site().languages();
        List<Of> out = new ArrayList<>();
        out.add(new Of(Edition.of(english.site().language(), languages, messages), english));
        if (languages.size() < 2) return out;
        List<Translation> translations = new TranslationLoader(contentDir, contentDisplay, yamlMemo, pageMemo)
                .load(english.content(), problems);
        for (String lang : languages.subList(1, languages.size())) {
            Localizer.Localized localized = Localizer.localize(english.content(), translations, lang);
            SiteModel model = models.build(localized.content(), problems);
            Map<String, Edition.Notice> notices = new LinkedHashMap<>();
            Map<String, List<String>> inEnglish = new LinkedHashMap<>();
            localized.states().forEach((path, state) -> {
                if (!state.inEnglish().isEmpty()) inEnglish.put(path, state.inEnglish());
                if (state.status() == PageState.Status.CURRENT) return;
                notices.put(path, new Edition.Notice(state.status() == PageState.Status.STALE ? "stale" : "fallback",
                        history.of(state.englishFile()), state.changed()));
            });
            for (Translation t : translations) {
                if (!t.lang().equals(lang)) continue;
                PageState state = localized.states().values().stream()
                        .filter(s -> s.englishFile().equals(t.sourceFile())).findFirst().orElse(null);
                if (state != null && state.status() == PageState.Status.STALE) {
                    problems.add(Problem.note(SourcePos.file(t.file()), "the translation may be out of date: "
                            + t.sourceFile() + " changed since (" + String.join(", ", state.changed()) + ")",
                            "update the translation, then run `explainer translated " + t.file() + "`"));
                }
            }
            out.add(new Of(Edition.of(lang, languages, messages).withNotices(notices, inEnglish), model));
        }
        return out;
    }
}
