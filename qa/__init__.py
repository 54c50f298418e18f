"""Translation-quality review for machine-translated Korean subtitles.

The pipeline is plain data flowing through small modules:

    subtitles.read_subtitles -> Cue
    align.align_cues         -> AlignedPair
    checks.run_checks        -> Finding
    scoring.score_pairs      -> ScoredCue  (collected in a ScanReport)

`qa.scan.scan_files` runs the whole pipeline for one lecture.
"""

__version__ = "0.1.0"
