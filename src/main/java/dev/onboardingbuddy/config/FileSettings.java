package dev.onboardingbuddy.config;

import java.nio.file.Path;

/** Folders of the files HR edits: checklists, working calendars, team directories. */
public record FileSettings(Path checklists, Path calendars, Path teams) {}
