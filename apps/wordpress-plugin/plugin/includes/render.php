<?php
/**
 * A widget's tag as the server writes it, for a block or a shortcode.
 *
 * @package StrongCities\Widgets
 */

namespace StrongCities\Widgets;

defined( 'ABSPATH' ) || exit;

/**
 * The widget's tag with its checked attributes (and the site's defaults), and enqueues the files.
 *
 * @param string $tag     A widget's tag, such as scn-share-bar.
 * @param array  $values  Attribute values by name.
 * @param string $content Already-filtered HTML to put inside the tag (a fallback, or slotted content).
 */
function render_widget( string $tag, array $values, string $content = '' ): string {
	$widget = widget( $tag );
	if ( null === $widget ) {
		return '';
	}
	use_assets();
	try {
		$attributes = html_attributes( $widget, with_site_defaults( $widget, $values ) );
	} catch ( \Throwable $error ) {
		// a widget never takes the page down: the bare tag shows the widget's defaults
		$attributes = '';
	}
	return '<' . $tag . $attributes . '>' . $content . '</' . $tag . '>';
}
