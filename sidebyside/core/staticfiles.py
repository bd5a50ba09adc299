"""Static files storage for production: WhiteNoise's compressed, hashed files, tolerant of missing source maps."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """The NHS.UK frontend's minified CSS and JS name source maps that its package does not ship.

    Django refuses to collect a file that references a missing one; a missing source map only affects
    debugging in the browser, so that one reference is left as it is instead.
    """

    def url_converter(self, name, hashed_files, template=None):
        convert = super().url_converter(name, hashed_files, template)
        if not template or "sourceMappingURL" not in template:
            return convert

        def convert_if_present(matchobj):
            try:
                return convert(matchobj)
            except ValueError:
                return matchobj["matched"]

        return convert_if_present
