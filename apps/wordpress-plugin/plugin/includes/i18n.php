<?php
/**
 * The plugin's own strings: its text domain, with the nearest shipped translation for locales
 * that have none of their own.
 *
 * @package StrongCities\Widgets
 */

namespace StrongCities\Widgets;

defined( 'ABSPATH' ) || exit;

/** Loads the plugin's translations (WordPress's language packs first, then the ones shipped here). */
function load_translations(): void {
	load_plugin_textdomain( 'strong-cities-widgets', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
}

/**
 * Swiss French, Mexican Spanish or Saudi Arabic get the French, Spanish or Arabic shipped with the
 * plugin when there is no file for their exact locale.
 *
 * @param string $mofile The translation file WordPress is about to load.
 * @param string $domain Its text domain.
 */
function nearest_translation( $mofile, $domain ): string {
	$mofile = (string) $mofile;
	$folder = dirname( PLUGIN_FILE ) . '/languages/';
	if ( 'strong-cities-widgets' !== $domain || is_readable( $mofile ) || ! str_starts_with( $mofile, $folder ) ) {
		return $mofile;
	}
	$locale   = substr( basename( $mofile, '.mo' ), strlen( 'strong-cities-widgets-' ) );
	$language = strtolower( (string) strtok( $locale, '_' ) );
	foreach ( glob( $folder . 'strong-cities-widgets-*.mo' ) ?: array() as $candidate ) {
		$shipped = substr( basename( $candidate, '.mo' ), strlen( 'strong-cities-widgets-' ) );
		if ( strtolower( (string) strtok( $shipped, '_' ) ) === $language ) {
			return $candidate;
		}
	}
	return $mofile;
}
