<?php
/**
 * The plugin's settings, all in one option: the default colour scheme, the `source` tag the
 * membership call sends, and where the widgets' files come from.
 *
 * @package StrongCities\Widgets
 */

namespace StrongCities\Widgets;

defined( 'ABSPATH' ) || exit;

const OPTION = 'strong_cities_widgets';

/** What a site gets before anyone saves the settings: its own copy of the files, no defaults. */
function default_settings(): array {
	return array(
		'theme'    => '',
		'source'   => '',
		'delivery' => 'local',
	);
}

/** The colour schemes a widget accepts, from the widgets' own `theme` attribute. */
function theme_values(): array {
	foreach ( Generated\widgets() as $widget ) {
		if ( isset( $widget['attributes']['theme']['values'] ) ) {
			return $widget['attributes']['theme']['values'];
		}
	}
	return array();
}

/** A `source` tag as the membership call accepts it: letters, digits, `.`, `_`, `~`, `-`, up to 64. */
function is_source_tag( string $value ): bool {
	return 1 === preg_match( '/^[A-Za-z0-9._~-]{1,64}$/', $value );
}

/**
 * Settings as stored, with anything unusable replaced by its default.
 *
 * @param mixed $input Stored or submitted settings.
 */
function clean_settings( $input ): array {
	$input    = is_array( $input ) ? $input : array();
	$settings = default_settings();
	$theme    = is_string( $input['theme'] ?? null ) ? $input['theme'] : '';
	if ( in_array( $theme, theme_values(), true ) ) {
		$settings['theme'] = $theme;
	}
	$source = is_string( $input['source'] ?? null ) ? trim( $input['source'] ) : '';
	if ( is_source_tag( $source ) ) {
		$settings['source'] = $source;
	}
	if ( 'cdn' === ( $input['delivery'] ?? null ) ) {
		$settings['delivery'] = 'cdn';
	}
	return $settings;
}

/** The current settings. */
function settings(): array {
	return clean_settings( get_option( OPTION, array() ) );
}

/** True when the widgets' files come from the npm CDN rather than the site itself. */
function uses_cdn(): bool {
	return 'cdn' === settings()['delivery'];
}
