<?php
/**
 * One dynamic block per widget: the saved post holds only the block's attributes, and the server
 * writes the widget's tag on each view, so a post never holds markup that goes stale.
 *
 * @package StrongCities\Widgets
 */

namespace StrongCities\Widgets;

defined( 'ABSPATH' ) || exit;

const EDITOR = 'strong-cities-widgets-editor';

/** Registers the blocks (from blocks/<widget>/block.json) and the editor's script and style. */
function register_blocks(): void {
	$folder = dirname( PLUGIN_FILE ) . '/blocks';
	// WordPress 6.7+: one PHP file holds every block.json, read without parsing JSON on each request
	if ( function_exists( 'wp_register_block_metadata_collection' ) ) {
		wp_register_block_metadata_collection( $folder, $folder . '/blocks-manifest.php' );
	}
	wp_register_script( EDITOR, plugins_url( 'assets/editor.js', PLUGIN_FILE ), array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ), VERSION, false );
	wp_register_style( EDITOR, plugins_url( 'assets/editor.css', PLUGIN_FILE ), array(), VERSION );
	foreach ( Generated\widgets() as $tag => $widget ) {
		register_block_type(
			$folder . '/' . $widget['slug'],
			array(
				'render_callback' => static function ( $attributes ) use ( $tag ) {
					return render_block_markup( $tag, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}

/**
 * The block on the page: the theme's wrapper (alignment, classes) around the widget's tag.
 *
 * @param string $tag        The widget's tag.
 * @param array  $attributes The block's attributes.
 */
function render_block_markup( string $tag, array $attributes ): string {
	return '<div ' . get_block_wrapper_attributes() . '>' . render_widget( $tag, $attributes ) . '</div>';
}

/**
 * The inserter's "Strong Cities Network" category.
 *
 * @param array $categories Block categories.
 */
function add_block_category( $categories ): array {
	$categories   = (array) $categories;
	$categories[] = array(
		'slug'  => 'strong-cities',
		'title' => __( 'Strong Cities Network', 'strong-cities-widgets' ),
		'icon'  => null,
	);
	return $categories;
}

/** What the editor script needs: each attribute's control, translated, and the local loader's URL. */
function editor_config(): array {
	$texts    = Generated\texts();
	$settings = settings();
	$widgets  = array();
	foreach ( Generated\widgets() as $tag => $widget ) {
		$attributes = array();
		foreach ( $widget['attributes'] as $name => $attribute ) {
			$text = $texts['widgets'][ $tag ]['attributes'][ $name ] ?? array();
			$item = array(
				'name'  => $name,
				'kind'  => $attribute['kind'],
				'label' => $text['label'] ?? $name,
				'help'  => $text['help'] ?? '',
			);
			if ( 'enum' === $attribute['kind'] ) {
				$item['values']       = array_map(
					static fn( $value ) => array(
						'value' => $value,
						'label' => $texts['values'][ $value ] ?? $value,
					),
					$attribute['values']
				);
				$item['defaultLabel'] = default_label( $name, $attribute, $settings, $texts['values'] );
			}
			$attributes[] = $item;
		}
		$widgets[] = array(
			'block'      => $widget['block'],
			'tag'        => $tag,
			'attributes' => $attributes,
		);
	}
	return array(
		// the editor always previews with the site's own copy: no request elsewhere while editing
		'loader'   => add_query_arg( 'ver', Generated\embed()['version'], local_embed_url() . 'loader.js' ),
		'widgets'  => $widgets,
		'defaults' => array(
			'theme'  => $settings['theme'],
			'source' => $settings['source'],
		),
		'panel'    => __( 'Widget settings', 'strong-cities-widgets' ),
	);
}

/**
 * The first choice of a select: what the widget shows when the attribute is left unset.
 *
 * @param string $name      The attribute's name.
 * @param array  $attribute Its definition.
 * @param array  $settings  The site's settings.
 * @param array  $labels    Labels of fixed values.
 */
function default_label( string $name, array $attribute, array $settings, array $labels ): string {
	if ( isset( $settings[ $name ] ) && '' !== $settings[ $name ] ) {
		/* translators: %s: the value chosen in the plugin's settings, such as Dark. */
		return sprintf( __( 'Site setting (%s)', 'strong-cities-widgets' ), $labels[ $settings[ $name ] ] ?? $settings[ $name ] );
	}
	if ( isset( $attribute['default'] ) ) {
		/* translators: %s: the widget's default value, such as Horizontal. */
		return sprintf( __( 'Default (%s)', 'strong-cities-widgets' ), $labels[ $attribute['default'] ] ?? $attribute['default'] );
	}
	return __( 'Default', 'strong-cities-widgets' );
}

/** Hands the editor script its configuration (translated now, when the editor loads). */
function configure_editor(): void {
	wp_add_inline_script( EDITOR, 'window.strongCitiesWidgets = ' . wp_json_encode( editor_config() ) . ';', 'before' );
}
