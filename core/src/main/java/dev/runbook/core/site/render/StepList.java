package dev.runbook.core.site.render;

import org.commonmark.node.CustomBlock;

/** Wraps an ordered list of the Steps section: its items can be ticked off. */
final class StepList extends CustomBlock {}
