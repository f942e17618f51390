<?php
/**
 * One shortcode per widget, such as [scn_share_bar networks="facebook linkedin"]: shortcodes go
 * through where script tags are stripped (multisite networks, editors without unfiltered_html).
 *
 * @package StrongCities\Widgets
 */

namespace StrongCities\Widgets;

defined( 'ABSPATH' ) || exit;

/** Registers [scn_share_bar], [scn_language_toggle] and the others. */
function register_shortcodes(): void {
	foreach ( Generated\widgets() as $tag => $widget ) {
		add_shortcode(
			$widget['shortcode'],
			static function ( $atts, $content = null ) use ( $tag ) {
				return render_shortcode( $tag, $atts, $content );
			}
		);
	}
}

/**
 * The widget's tag for a shortcode. Attributes the widget does not declare are dropped; a bare
 * name (`[scn_share_bar labels]`) turns that boolean attribute on; enclosed content goes inside
 * the tag, filtered like post content.
 *
 * @param string       $tag     The widget's tag.
 * @param array|string $atts    The shortcode's attributes ('' when it has none).
 * @param string|null  $content Enclosed content, if any.
 */
function render_shortcode( string $tag, $atts, $content ): string {
	$widget = widget( $tag );
	if ( null === $widget ) {
		return '';
	}
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) && is_string( $value ) ) {
			$name  = strtolower( $value );
			$value = true;
			if ( 'boolean' !== ( $widget['attributes'][ $name ]['kind'] ?? null ) ) {
				continue;
			}
		}
		$given[ (string) $name ] = $value;
	}
	// shortcode_atts() keeps only declared names and runs the shortcode_atts_{shortcode} filter
	$defaults = array_fill_keys( array_keys( $widget['attributes'] ), null );
	$values   = array_filter( shortcode_atts( $defaults, $given, $widget['shortcode'] ), static fn( $value ) => null !== $value );
	$inner    = is_string( $content ) && '' !== trim( $content ) ? wp_kses_post( $content ) : '';
	return render_widget( $tag, $values, $inner );
}
